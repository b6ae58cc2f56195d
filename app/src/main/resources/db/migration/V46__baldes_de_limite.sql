-- Token buckets of the request limits (logins, webhook failures, heavy reads), shared by every node.
-- The key is a hash of what is limited (an address, an account), never the address or e-mail itself.
CREATE TABLE balde_de_limite (
    id         VARCHAR(80) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX balde_de_limite_expira ON balde_de_limite (expires_at);
