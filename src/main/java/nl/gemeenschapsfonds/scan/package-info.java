/**
 * Upload safety: every uploaded file is scanned for malware by ClamAV (clamd, INSTREAM over TCP) before it
 * is stored, and read with a hard cap. Fails closed: no scanner, no upload. See docs/adr/0019-upload-scanning-and-limits.md.
 */
package nl.gemeenschapsfonds.scan;
