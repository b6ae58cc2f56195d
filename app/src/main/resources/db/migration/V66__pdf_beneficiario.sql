-- Which beneficiary a generated PDF shows (a hash of it), so a PDF that no longer shows the
-- tenant's current beneficiary is rendered again. Null for downloaded PDFs and older generated ones.
ALTER TABLE documento_pdf ADD COLUMN beneficiario_impressao CHAR(64);
