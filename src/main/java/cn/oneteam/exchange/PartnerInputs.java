package cn.oneteam.exchange;

import java.io.Serializable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an administrator sends to register or change a partner (docs/adr/0021-approval-exchange.md). */
public final class PartnerInputs {

	private PartnerInputs() {
	}

	/**
	 * A new partner: its 统一社会信用代码, name, the platform organisation whose accounts push for it (optional) and its
	 * endpoint (optional: https, or http on this machine's loopback only).
	 */
	public record Registration(@NotBlank @Size(max = 18) String code, @NotBlank @Size(max = 200) String name,
			@Nullable Long organizationId, @Nullable @Size(max = 500) String endpoint) {
	}

	/** A change of endpoint (blank: none) and of the active flag. */
	public record Change(@Nullable @Size(max = 500) String endpoint, boolean active) {
	}

	/** A partner with its secret, answered once: at registration and at rotation. */
	public record WithSecret(ExchangePartner partner, String secret) implements Serializable {

		/** Never the secret in a log line. */
		@Override
		public String toString() {
			return "WithSecret[partner=" + partner + ", secret=(" + secret.length() + " characters)]";
		}
	}
}
