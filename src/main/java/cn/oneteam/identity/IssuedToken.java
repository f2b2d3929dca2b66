package cn.oneteam.identity;

/** A newly issued API token: the secret is shown this once and stored only as a SHA-256 digest. */
public record IssuedToken(ApiTokenInfo info, String secret) {
}
