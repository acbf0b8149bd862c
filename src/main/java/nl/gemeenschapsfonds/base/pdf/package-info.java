/** PDF documents (receipts, letters) rendered from XHTML, with an embedded font and user text escaped. */
package nl.gemeenschapsfonds.base.pdf;
