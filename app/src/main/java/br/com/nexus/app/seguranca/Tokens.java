package br.com.nexus.app.seguranca;

/**
 * What a login or a renewal returns.
 *
 * @param expiresIn seconds until the access token expires
 */
record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken) {
}
