package cn.oneteam.subject.quiet;

/**
 * The kinds of a subject's quiet entry (docs/adr/0024-quiet-periods-and-caps.md): 免检 and 无事不扰 keep proactive
 * inspections (routine, campaign) away altogether; 无感监管 keeps them off site (document review, data, remote
 * monitoring only).
 */
public enum QuietKind {
	/** 免检. */
	EXEMPT,
	/** 无事不扰. */
	NO_DISTURB,
	/** 无感监管: remote monitoring only, no proactive entry on site. */
	REMOTE_ONLY;

	/** Whether a proactive inspection of this mode is kept away by an entry of this kind. */
	boolean keepsAway(boolean onSite) {
		return this != REMOTE_ONLY || onSite;
	}
}
