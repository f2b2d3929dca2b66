package cn.oneteam.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Pattern;

import cn.oneteam.organization.Certificate;
import cn.oneteam.organization.CertificateHolders;
import cn.oneteam.platform.ClientRateBuckets;
import cn.oneteam.platform.QrImage;
import cn.oneteam.shared.RuleViolation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The public verification of an officer's certificate, rate-limited per client address, and the QR printed on the
 * certificate (docs/adr/0040-public-portal-and-officer-verification.md).
 */
@Service
@EnableConfigurationProperties(DisclosureSettings.class)
public class OfficerVerification {

	static final String BUCKET = "officer-check";

	static final int QR_SIZE = 300;

	/** What a certificate number may look like: letters (Chinese ones too), digits and hyphens, at most 64. */
	private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}-]{1,64}");

	private final CertificateHolders holders;

	private final ClientRateBuckets buckets;

	private final DisclosureSettings settings;

	private final Clock clock;

	OfficerVerification(CertificateHolders holders, ClientRateBuckets buckets, DisclosureSettings settings,
			Clock clock) {
		this.holders = holders;
		this.buckets = buckets;
		this.settings = settings;
		this.clock = clock;
	}

	/** Takes a token from the client's bucket; 429 {@code disclosure.officer-check-rate-limited} when empty. */
	public void throttle(String client) {
		DisclosureSettings.OfficerCheck rate = settings.officerCheck();
		if (!buckets.take(BUCKET, client, rate.capacity(), rate.perHour())) {
			throw new RuleViolation(429, "disclosure.officer-check-rate-limited", rate.capacity(), rate.perHour());
		}
	}

	/**
	 * The certificate's public facts. Unknown and malformed numbers answer alike: 404
	 * {@code disclosure.officer-unknown}, so that the shape of a number cannot be probed.
	 */
	public OfficerCheck check(String number) {
		String normalised = normalise(number);
		if (!NUMBER.matcher(normalised).matches()) {
			throw unknown();
		}
		return holders.byNumber(normalised).map(held -> {
			Certificate c = held.certificate();
			LocalDate today = LocalDate.now(clock);
			return new OfficerCheck(c.number(), held.holderName(), held.bodyName(), c.issuingAuthority(),
					c.domains().stream().sorted(Comparator.naturalOrder()).toList(), c.validFrom(), c.validTo(),
					c.statusOn(today), today);
		}).orElseThrow(OfficerVerification::unknown);
	}

	/** The QR of the certificate's public page; 404 for a number no certificate carries. */
	public byte[] qr(String number, String requestBase) {
		OfficerCheck check = check(number);
		return QrImage.png(publicUrl(check.certificateNumber(), requestBase), QR_SIZE);
	}

	/** The address of the certificate's public page: the configured base, else {@code requestBase}. */
	public String publicUrl(String number, String requestBase) {
		String base = settings.publicBaseUrl() == null || settings.publicBaseUrl().isBlank() ? requestBase
				: settings.publicBaseUrl().strip();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/public/officers/" + number;
	}

	/** A typed number without its surrounding spaces; numbers are opaque, so nothing else is changed. */
	static String normalise(String number) {
		return number.strip();
	}

	private static RuleViolation unknown() {
		return new RuleViolation(RuleViolation.NOT_FOUND, "disclosure.officer-unknown");
	}
}
