package cn.oneteam.organization;

/** Identifies a person of the enforcement force. */
public record PersonId(long value) {
}
