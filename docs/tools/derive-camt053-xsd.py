#!/usr/bin/env python3
"""Derives the ISO 20022 camt.053.001.02 and camt.053.001.08 schemas from the published camt.052.001.02 and
camt.052.001.08 schemas (ISO 20022, as shipped in Maven Central's com.github.hbci4j:hbci4j-core:4.1.7 jar at its
root). camt.052 (account report) and camt.053 (statement) of one release share every component; the statement
differs only in its message element, its statement block (AccountStatement2 / AccountStatement9 instead of
AccountReport11 / AccountReport25: at least one balance, StmtPgntn and AddtlStmtInf instead of RptPgntn and
AddtlRptInf) and its namespace. See src/main/resources/iso20022/README.md.

    python3 docs/tools/derive-camt053-xsd.py camt.052.001.02.xsd camt.052.001.08.xsd src/main/resources/iso20022
"""
import sys

RULES = {
    "02": [("camt.052.001.02", "camt.053.001.02"),
           ('name="BkToCstmrAcctRpt" type="BankToCustomerAccountReportV02"',
            'name="BkToCstmrStmt" type="BankToCustomerStatementV02"'),
           ('complexType name="BankToCustomerAccountReportV02"', 'complexType name="BankToCustomerStatementV02"'),
           ('name="Rpt" type="AccountReport11"', 'name="Stmt" type="AccountStatement2"'),
           ('complexType name="AccountReport11"', 'complexType name="AccountStatement2"')],
    "08": [("camt.052.001.08", "camt.053.001.08"),
           ('name="BkToCstmrAcctRpt" type="BankToCustomerAccountReportV08"',
            'name="BkToCstmrStmt" type="BankToCustomerStatementV08"'),
           ('complexType name="BankToCustomerAccountReportV08"', 'complexType name="BankToCustomerStatementV08"'),
           ('name="Rpt" type="AccountReport25"', 'name="Stmt" type="AccountStatement9"'),
           ('complexType name="AccountReport25"', 'complexType name="AccountStatement9"'),
           ('name="RptPgntn" type="Pagination1"', 'name="StmtPgntn" type="Pagination1"')],
}
STATEMENT_BLOCK = {"02": 'complexType name="AccountStatement2"', "08": 'complexType name="AccountStatement9"'}


def derive(source, version):
    text = open(source, encoding="utf-8", newline="").read()
    for old, new in RULES[version]:
        if old not in text:
            sys.exit(f"{source}: '{old}' not found")
        text = text.replace(old, new)
    start = text.index(STATEMENT_BLOCK[version])
    end = text.index("</xs:complexType>", start)
    block = text[start:end]
    changed = (block.replace('minOccurs="0" name="Bal"', 'minOccurs="1" name="Bal"')
               .replace('name="AddtlRptInf"', 'name="AddtlStmtInf"'))
    if changed.count("AddtlStmtInf") != 1 or 'minOccurs="1" name="Bal"' not in changed:
        sys.exit(f"{source}: statement block not as expected")
    return text[:start] + changed + text[end:]


if __name__ == "__main__":
    report02, report08, target = sys.argv[1:4]
    for source, version in ((report02, "02"), (report08, "08")):
        with open(f"{target}/camt.053.001.{version}.xsd", "w", encoding="utf-8", newline="") as out:
            out.write(derive(source, version))
