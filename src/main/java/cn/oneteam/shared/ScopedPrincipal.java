package cn.oneteam.shared;

/** A signed-in user as far as other modules need to know: who, in which organisation, over which territory. */
public interface ScopedPrincipal {

	long accountId();

	String username();

	long organizationId();

	JurisdictionScope jurisdiction();

	/** Someone acting over the whole country: the platform itself (account 0, "system") or the demo's administrator. */
	static ScopedPrincipal nationwide(long accountId, String username, long organizationId) {
		return new Nationwide(accountId, username, organizationId);
	}

	/** See {@link #nationwide}. */
	record Nationwide(long accountId, String username, long organizationId) implements ScopedPrincipal {

		@Override
		public JurisdictionScope jurisdiction() {
			return JurisdictionScope.nationwide();
		}
	}
}
