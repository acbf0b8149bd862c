package nl.gemeenschapsfonds.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

/** A Dutch municipality with its CBS code ({@code GM0193} is Zwolle). */
public record Municipality(String code, String name) {

    private static final Pattern CODE = Pattern.compile("^GM[0-9]{4}$");

    public Municipality {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a CBS municipality code: " + code);
        }
        Objects.requireNonNull(name);
    }
}
