package br.com.nexus.app.seguranca;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.util.Optional;

/** Where the request limits keep their token buckets: this node's memory, or the database all nodes share. */
interface ArmazemDeBaldes {

    /** The key's bucket, created full with this configuration when it does not exist. */
    Bucket balde(String chave, BucketConfiguration configuracao);

    /** The key's bucket only if something has already been taken from it. */
    Optional<Bucket> existente(String chave);

    void esquecer(String chave);
}
