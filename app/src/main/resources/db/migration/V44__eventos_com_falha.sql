-- Axon's dead-letter queue (JdbcSequencedDeadLetterQueue, default DeadLetterSchema names; PostgreSQL
-- folds them to lower case). One row per event a read model could not apply, plus every later event
-- of the same sequence (aggregate), parked behind it until it is reprocessed or evicted.
CREATE TABLE deadletterentry (
    deadletteridentifier VARCHAR(255) NOT NULL,
    processinggroup      VARCHAR(255) NOT NULL,
    sequenceidentifier   VARCHAR(255) NOT NULL,
    sequenceindex        BIGINT       NOT NULL,
    messagetype          VARCHAR(255) NOT NULL,
    eventidentifier      VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    payloadtype          VARCHAR(255) NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255) NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    -- Axon truncates the message to 1024 characters by default; TEXT takes whatever a cause says.
    causemessage         TEXT,
    diagnostics          BYTEA,
    PRIMARY KEY (deadletteridentifier),
    UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);

CREATE INDEX deadletterentry_grupo ON deadletterentry (processinggroup);
CREATE INDEX deadletterentry_sequencia ON deadletterentry (processinggroup, sequenceidentifier);
