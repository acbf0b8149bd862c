package nl.gemeenschapsfonds.security;

/**
 * Recognises a burgerservicenummer, so one never ends up stored where a broker's pseudonym belongs: nine
 * digits (or eight, written without the leading zero) that pass the "elfproef".
 */
final class Bsn {

    private Bsn() {
    }

    static boolean looksLikeOne(String value) {
        if (value == null || !value.matches("[0-9]{8,9}")) {
            return false;
        }
        String digits = value.length() == 8 ? "0" + value : value;
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }
}
