-- wrk script: POST /api/attestation/challenges (each request stores one fresh nonce in PostgreSQL).
wrk.method = "POST"
