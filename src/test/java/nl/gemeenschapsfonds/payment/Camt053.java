package nl.gemeenschapsfonds.payment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** camt.053.001.02 statements for tests, entry by entry, valid against the schema. */
public final class Camt053 {

    private Camt053() {
    }

    public static byte[] statement(String... entries) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>TEST-1</MsgId><CreDtTm>2027-03-05T06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>TEST-STMT-1</Id>
                      <CreDtTm>2027-03-05T06:00:00</CreDtTm>
                      <Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">100000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2027-03-04</Dt></Dt></Bal>
                """ + String.join("\n", entries) + """

                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """).getBytes(StandardCharsets.UTF_8);
    }

    /** A booked transfer out to a creditor's IBAN (or BBAN, given as Othr) with an end-to-end id. */
    public static String debit(LocalDate booked, String amount, String name, String account, String endToEndId) {
        return entry(amount, "DBIT", false, "BOOK", booked, "ICDT", "ESCT", """
                <TxDtls><Refs><EndToEndId>%s</EndToEndId></Refs>
                <RltdPties><Cdtr><Nm>%s</Nm></Cdtr><CdtrAcct><Id>%s</Id></CdtrAcct></RltdPties></TxDtls>"""
                .formatted(endToEndId, name, account(account)), null);
    }

    /** Money back from the creditor: a reversal of a transfer, with the bank's return reason. */
    public static String returned(LocalDate booked, String amount, String name, String iban, String endToEndId, String reason) {
        return entry(amount, "CRDT", true, "BOOK", booked, "ICDT", "RRTN", """
                <TxDtls><Refs><EndToEndId>%s</EndToEndId></Refs>
                <RltdPties><Dbtr><Nm>%s</Nm></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct></RltdPties>
                <RtrInf><Rsn><Cd>%s</Cd></Rsn></RtrInf></TxDtls>""".formatted(endToEndId, name, iban, reason), null);
    }

    /** Bank costs: no details, only the entry's information. */
    public static String costs(LocalDate booked, String amount) {
        return entry(amount, "DBIT", false, "BOOK", booked, "ACMT", "CHRG", null, "Kosten betalingsverkeer");
    }

    /** Money in without our reference. */
    public static String credit(LocalDate booked, String amount, String name, String iban) {
        return entry(amount, "CRDT", false, "BOOK", booked, "RCDT", "ESCT", """
                <TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                <RltdPties><Dbtr><Nm>%s</Nm></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct></RltdPties>
                <RmtInf><Ustrd>Terugbetaling</Ustrd></RmtInf></TxDtls>""".formatted(name, iban), null);
    }

    /** A transfer the bank has not booked yet. */
    public static String pending(LocalDate booked, String amount, String iban, String endToEndId) {
        return entry(amount, "DBIT", false, "PDNG", booked, "ICDT", "ESCT", """
                <TxDtls><Refs><EndToEndId>%s</EndToEndId></Refs>
                <RltdPties><CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct></RltdPties></TxDtls>""".formatted(endToEndId, iban), null);
    }

    private static String account(String account) {
        return account.matches("[A-Z]{2}\\d{2}[A-Z0-9]+") ? "<IBAN>" + account + "</IBAN>" : "<Othr><Id>" + account + "</Id></Othr>";
    }

    private static String entry(String amount, String direction, boolean reversal, String status, LocalDate booked,
                                String family, String subFamily, String details, String information) {
        return """
                <Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd>%s<Sts>%s</Sts>
                <BookgDt><Dt>%s</Dt></BookgDt><ValDt><Dt>%s</Dt></ValDt>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>%s</Cd><SubFmlyCd>%s</SubFmlyCd></Fmly></Domn></BkTxCd>%s%s</Ntry>"""
                .formatted(amount, direction, reversal ? "<RvslInd>true</RvslInd>" : "", status, booked, booked, family,
                        subFamily, details == null ? "" : "<NtryDtls>" + details + "</NtryDtls>",
                        information == null ? "" : "<AddtlNtryInf>" + information + "</AddtlNtryInf>");
    }
}
