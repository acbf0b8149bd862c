/**
 * Upload safety: every uploaded file is scanned for malware by ClamAV (clamd, INSTREAM over TCP) before it
 * is stored, and read with a hard cap. Fails closed: no scanner, no upload. See docs/adr/0016-upload-safety.md.
 */
package nl.gemeenschapsfonds.scan;
