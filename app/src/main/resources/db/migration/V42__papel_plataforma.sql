-- The platform is run by its own role, no longer by an ADMIN of a business tenant. The first
-- administrator of the platform tenant (the one created at first start) becomes PLATAFORMA; other
-- ADMINs that tenant may have created stay firm administrators and lose platform operations.
ALTER TABLE usuario DROP CONSTRAINT usuario_papel_valido;
ALTER TABLE usuario ADD CONSTRAINT usuario_papel_valido
    CHECK (papel IN ('ADMIN', 'SUPERVISOR', 'OPERADOR', 'AUDITOR', 'PLATAFORMA'));

UPDATE usuario SET papel = 'PLATAFORMA'
WHERE id = (SELECT u.id FROM usuario u JOIN tenant t ON t.id = u.tenant_id
            WHERE t.plataforma AND u.papel = 'ADMIN'
            ORDER BY u.criado_em, u.id LIMIT 1);
