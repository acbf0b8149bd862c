package nl.gemeenschapsfonds.security;

/**
 * Neutralises what a visitor typed before it reaches a log line or a database column: control
 * characters (CR, LF, tab, the Unicode line and paragraph separators) become {@code _}, so nobody can
 * forge a log line, and the text is cut to {@value #MAX_LENGTH} characters, the width of an e-mail column.
 */
final class LogSafe {

    static final int MAX_LENGTH = 254;

    private LogSafe() {
    }

    static String userName(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(Math.min(typed.length(), MAX_LENGTH));
        for (int i = 0; i < typed.length() && safe.length() < MAX_LENGTH; i++) {
            char c = typed.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            safe.append(control ? '_' : c);
        }
        if (safe.length() > 0 && Character.isHighSurrogate(safe.charAt(safe.length() - 1))) {
            safe.setLength(safe.length() - 1);
        }
        return safe.toString();
    }
}
