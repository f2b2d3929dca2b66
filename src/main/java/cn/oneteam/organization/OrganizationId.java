package cn.oneteam.organization;

/** Identifies an organisation. */
public record OrganizationId(long value) {
}
