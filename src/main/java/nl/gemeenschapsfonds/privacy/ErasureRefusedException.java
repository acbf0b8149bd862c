package nl.gemeenschapsfonds.privacy;

import java.util.List;

/**
 * An erasure that may not happen (yet), with the translation key of the reason and its arguments: the person is
 * the only contact of an open application ({@code privacy.erase.onlyContact}, the references), works for an
 * authority ({@code privacy.erase.staff}), is the administrator themself ({@code privacy.erase.self}) or was erased
 * already ({@code privacy.erase.already}).
 */
public class ErasureRefusedException extends RuntimeException {

    private final String key;
    private final List<String> arguments;

    public ErasureRefusedException(String key, List<String> arguments) {
        super(key + " " + arguments);
        this.key = key;
        this.arguments = List.copyOf(arguments);
    }

    public String key() {
        return key;
    }

    public List<String> arguments() {
        return arguments;
    }
}
