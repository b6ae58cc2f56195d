-- Dispatches requested while their boleto's PDF was still being rendered name it as
-- 'pdf_do_boleto:aguardado' (PdfAguardado); each BoletoPdfAnexado looks them up by boleto.
CREATE INDEX whatsapp_disparo_pdf_aguardado_idx ON whatsapp_disparo (boleto_id)
    WHERE anexo = 'pdf_do_boleto:aguardado';
