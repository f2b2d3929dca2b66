package cn.oneteam.shared;

/** A signed-in user as far as other modules need to know: who, in which organisation, over which territory. */
public interface ScopedPrincipal {

	long accountId();

	String username();

	long organizationId();

	JurisdictionScope jurisdiction();
}
