package cn.oneteam.inspection.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.OffsetDateTime;

import cn.oneteam.inspection.visit.VisitCodes;
import cn.oneteam.shared.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The company's rating secret (docs/adr/0029-inspection-code-public-check-and-rating.md): 8 characters of the code's
 * alphabet (40 random bits) made when the result is recorded, shown once to the recorder for the company's copy and
 * kept only as the SHA-256 of {@code {visitId}|{secret}}. The rating needs it; the inspection code alone, which the
 * inspectors and every case reader see, does not rate.
 */
@Component
public class RatingSecrets {

	static final int LENGTH = 8;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	RatingSecrets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes the visit's secret (once: a second call for the visit fails on its key) and returns it, never kept. */
	public String issue(long visitId, OffsetDateTime at) {
		StringBuilder secret = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			secret.append(VisitCodes.ALPHABET.charAt(random.nextInt(VisitCodes.ALPHABET.length())));
		}
		jdbc.sql("insert into inspection_rating_secret (visit_id, sha256, made_at) values (?, ?, ?)")
			.params(visitId, hash(visitId, secret.toString()), at)
			.update();
		return secret.toString();
	}

	/** Whether the typed secret (normalised as codes are) is the visit's; false when the visit has none. */
	boolean matches(long visitId, String typed) {
		return jdbc.sql("select sha256 from inspection_rating_secret where visit_id = ?")
			.param(visitId)
			.query(String.class)
			.optional()
			.map(kept -> MessageDigest.isEqual(kept.getBytes(StandardCharsets.US_ASCII),
					hash(visitId, VisitCodes.normalise(typed)).getBytes(StandardCharsets.US_ASCII)))
			.orElse(false);
	}

	static String hash(long visitId, String secret) {
		return Sha256.hex(visitId + "|" + secret);
	}
}
