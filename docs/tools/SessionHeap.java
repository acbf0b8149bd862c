import shark.*;
import java.io.File;
import java.util.*;

/**
 * What the HTTP sessions in a heap dump retain, per session: by class, by the Vaadin component that owns it
 * (a state node counts for its component) and by the nearest holder outside the JDK. "Retained" = reachable
 * from a session but not from the GC roots without passing a session. Sizes are HPROF record sizes
 * (8-byte references, 12/16-byte headers): about 1.25 times the JVM's compressed-oops sizes.
 *
 * Sessions are grouped by the view they hold (the application's route components, {@code nl.gemeenschapsfonds…View},
 * reachable from the session): a dump with the sessions of several views open (benchmark 8, MainViewSessions) gives
 * one table per view.
 *
 * Run (docs/performance.md, benchmarks 4 and 8): write a dump with -Dbenchmark.heapDump=/tmp/sessions.hprof, then
 *   ./mvnw dependency:get -Dartifact=com.squareup.leakcanary:shark-graph:2.14
 *   java -Xmx4g -cp "$(find ~/.m2/repository/com/squareup/leakcanary -name '*-2.14.jar' | paste -sd:):$(find ~/.m2/repository/org/jetbrains/kotlin/kotlin-stdlib -name 'kotlin-stdlib-2.1.0.jar'):$(find ~/.m2/repository/com/squareup/okio -name 'okio-jvm-3.6.0.jar')" \
 *        docs/tools/SessionHeap.java /tmp/sessions.hprof
 */
public class SessionHeap {
    static HeapGraph g;
    static final int UNSET = -1;

    public static void main(String[] a) throws Exception {
        Set<HprofRecordTag> roots = EnumSet.noneOf(HprofRecordTag.class);
        for (HprofRecordTag t : HprofRecordTag.values()) if (t.name().startsWith("ROOT_")) roots.add(t);
        g = HprofHeapGraph.Companion.openHeapGraph(new File(a[0]), null, roots);
        int n = g.getObjectCount() + g.getClassCount() + 10;
        n = Math.max(n, 1);
        List<Integer> sessions = new ArrayList<>();
        for (Iterator<HeapObject.HeapInstance> it = g.getInstances().iterator(); it.hasNext(); ) {
            HeapObject.HeapInstance i = it.next();
            if (i.getInstanceClassName().equals("org.apache.catalina.session.StandardSession")) sessions.add(i.getObjectIndex());
            n = Math.max(n, i.getObjectIndex() + 1);
        }
        System.out.println("sessions: " + sessions.size());
        BitSet sessionSet = new BitSet();
        sessions.forEach(sessionSet::set);
        BitSet reach = new BitSet(n);
        ArrayDeque<HeapObject> queue = new ArrayDeque<>();
        for (GcRoot root : g.getGcRoots()) {
            HeapObject o = g.findObjectByIdOrNull(root.getId());
            if (o != null && !sessionSet.get(o.getObjectIndex()) && !reach.get(o.getObjectIndex())) { reach.set(o.getObjectIndex()); queue.add(o); }
        }
        while (!queue.isEmpty()) {
            HeapObject o = queue.poll();
            for (long id : refs(o)) {
                HeapObject r = g.findObjectByIdOrNull(id);
                if (r == null) continue;
                int idx = r.getObjectIndex();
                if (sessionSet.get(idx) || reach.get(idx)) continue;
                reach.set(idx); queue.add(r);
            }
        }
        System.out.println("reachable without sessions: " + reach.cardinality());
        Map<Integer, Integer> nodeToComponent = new HashMap<>();
        for (Iterator<HeapObject.HeapInstance> it = g.getInstances().iterator(); it.hasNext(); ) {
            HeapObject.HeapInstance i = it.next();
            if (reach.get(i.getObjectIndex()) || !i.instanceOf("com.vaadin.flow.component.Component")) continue;
            HeapField el = i.get("com.vaadin.flow.component.Component", "element");
            if (el == null || el.getValue().isNullReference()) continue;
            HeapObject.HeapInstance element = (HeapObject.HeapInstance) el.getValue().getAsObject();
            HeapField node = element.get("com.vaadin.flow.dom.Node", "node");
            if (node != null && node.getValue().isNonNullReference()) nodeToComponent.putIfAbsent(node.getValue().getAsObject().getObjectIndex(), i.getObjectIndex());
        }
        Map<String, Map<String, Long>> byOwnerHolder = new HashMap<>();
        Map<String, Long> byClass = new HashMap<>(), byComponent = new HashMap<>(), byHolder = new HashMap<>();
        Map<Integer, Integer> owner = new HashMap<>();
        Map<Integer, String> holder = new HashMap<>();
        Map<Integer, Integer> sessionOf = new HashMap<>();
        Map<Integer, TreeSet<String>> viewsOf = new HashMap<>();
        Map<Integer, Map<String, Long>> componentsOf = new HashMap<>(), classesOf = new HashMap<>();
        Map<Integer, Long> totalOf = new HashMap<>();
        BitSet seen = new BitSet(n);
        long total = 0;
        for (int s : sessions) {
            HeapObject o = g.findObjectByIndex(s);
            seen.set(s); queue.add(o); owner.put(s, UNSET); holder.put(s, "StandardSession"); sessionOf.put(s, s);
        }
        while (!queue.isEmpty()) {
            HeapObject o = queue.poll();
            int idx = o.getObjectIndex();
            String cls = className(o);
            int own = owner.get(idx);
            String hold = holder.get(idx);
            if (o instanceof HeapObject.HeapInstance i && i.instanceOf("com.vaadin.flow.component.Component")) own = idx;
            if (nodeToComponent.containsKey(idx)) own = nodeToComponent.get(idx);
            if (!cls.startsWith("java.") && !cls.startsWith("[") && !cls.startsWith("jdk.") && !cls.contains("$$Lambda")) hold = cls;
            long size = size(o);
            total += size;
            int session = sessionOf.get(idx);
            if (o instanceof HeapObject.HeapInstance i && cls.startsWith("nl.gemeenschapsfonds.") && cls.endsWith("View")
                    && i.instanceOf("com.vaadin.flow.component.Component")) viewsOf.computeIfAbsent(session, x -> new TreeSet<>()).add(cls);
            totalOf.merge(session, size, Long::sum);
            classesOf.computeIfAbsent(session, x -> new HashMap<>()).merge(cls, size, Long::sum);
            componentsOf.computeIfAbsent(session, x -> new HashMap<>())
                    .merge(own == UNSET ? "(no component)" : className(g.findObjectByIndex(own)), size, Long::sum);
            byClass.merge(cls, size, Long::sum);
            byComponent.merge(own == UNSET ? "(no component)" : className(g.findObjectByIndex(own)), size, Long::sum);
            byHolder.merge(hold, size, Long::sum);
            String ownName = own == UNSET ? "(no component)" : className(g.findObjectByIndex(own));
            byOwnerHolder.computeIfAbsent(ownName, x -> new HashMap<>()).merge(hold, size, Long::sum);
            for (long id : refs(o)) {
                HeapObject r = g.findObjectByIdOrNull(id);
                if (r == null) continue;
                int ri = r.getObjectIndex();
                if (reach.get(ri) || seen.get(ri)) continue;
                seen.set(ri); owner.put(ri, own); holder.put(ri, hold); sessionOf.put(ri, session); queue.add(r);
            }
        }
        int k = sessions.size();
        System.out.printf("retained by sessions: %,d bytes, %,d per session (hprof sizes: 8-byte references, no headers counted)%n", total, total / k);
        print("by class", byClass, k, 40);
        print("by owning component (nearest Component above it)", byComponent, k, 40);
        print("by nearest non-JDK holder", byHolder, k, 60);
        for (String c : List.of("com.vaadin.flow.component.grid.Grid$Column", "com.vaadin.flow.component.grid.Grid", "com.vaadin.flow.component.combobox.ComboBox", "com.vaadin.flow.component.UI", "com.vaadin.flow.component.checkbox.Checkbox", "nl.gemeenschapsfonds.base.ui.LanguageSwitch"))
            if (byOwnerHolder.containsKey(c)) print("owner " + c + " by holder", byOwnerHolder.get(c), k, 18);
        // per view: the sessions grouped by the route components they hold
        Map<String, List<Integer>> byView = new TreeMap<>();
        for (int s : sessions) byView.computeIfAbsent(String.join(" + ", viewsOf.getOrDefault(s, new TreeSet<>(Set.of("(no view)")))),
                x -> new ArrayList<>()).add(s);
        for (Map.Entry<String, List<Integer>> view : byView.entrySet()) {
            List<Integer> group = view.getValue();
            Map<String, Long> components = new HashMap<>(), classes = new HashMap<>();
            long sum = 0;
            for (int s : group) {
                sum += totalOf.getOrDefault(s, 0L);
                componentsOf.getOrDefault(s, Map.of()).forEach((c, b) -> components.merge(c, b, Long::sum));
                classesOf.getOrDefault(s, Map.of()).forEach((c, b) -> classes.merge(c, b, Long::sum));
            }
            System.out.printf("%n=== view %s: %d sessions, %,d bytes retained per session (hprof sizes; x0.8 for the JVM's)%n",
                    view.getKey(), group.size(), sum / group.size());
            print("view " + view.getKey() + " by owning component", components, group.size(), 30);
            print("view " + view.getKey() + " by class", classes, group.size(), 15);
        }
    }

    static void print(String title, Map<String, Long> m, int k, int limit) {
        System.out.println("\n== " + title);
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf("%,9d  %s%n", e.getValue() / k, e.getKey()));
    }

    static String className(HeapObject o) {
        if (o instanceof HeapObject.HeapInstance i) return i.getInstanceClassName();
        if (o instanceof HeapObject.HeapObjectArray a) return a.getArrayClassName();
        if (o instanceof HeapObject.HeapPrimitiveArray p) return p.getArrayClassName();
        if (o instanceof HeapObject.HeapClass c) return "class " + c.getName();
        return "?";
    }

    static long size(HeapObject o) {
        if (o instanceof HeapObject.HeapInstance i) return 12 + i.getByteSize();
        if (o instanceof HeapObject.HeapObjectArray a) return 16 + a.getByteSize();
        if (o instanceof HeapObject.HeapPrimitiveArray p) return 16 + p.getByteSize();
        return 0;
    }

    static List<Long> refs(HeapObject o) {
        List<Long> out = new ArrayList<>();
        if (o instanceof HeapObject.HeapInstance i) {
            boolean ref = i.instanceOf("java.lang.ref.Reference");
            for (Iterator<HeapField> it = i.readFields().iterator(); it.hasNext(); ) {
                HeapField f = it.next();
                if (ref && (f.getName().equals("referent") || f.getName().equals("discovered"))) continue;
                if (f.getValue().isNonNullReference()) out.add(f.getValue().getAsNonNullObjectId());
            }
        } else if (o instanceof HeapObject.HeapObjectArray a) {
            for (Iterator<HeapValue> it = a.readElements().iterator(); it.hasNext(); ) {
                HeapValue v = it.next();
                if (v.isNonNullReference()) out.add(v.getAsNonNullObjectId());
            }
        } else if (o instanceof HeapObject.HeapClass c) {
            for (Iterator<HeapField> it = c.readStaticFields().iterator(); it.hasNext(); ) {
                HeapField f = it.next();
                if (f.getValue().isNonNullReference()) out.add(f.getValue().getAsNonNullObjectId());
            }
        }
        return out;
    }
}
