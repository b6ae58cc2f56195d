-- Access tokens issued before a user's password last changed stop working at once.
ALTER TABLE usuario ADD COLUMN credenciais_alteradas_em TIMESTAMPTZ;
UPDATE usuario SET credenciais_alteradas_em = criado_em;
ALTER TABLE usuario ALTER COLUMN credenciais_alteradas_em SET NOT NULL;
