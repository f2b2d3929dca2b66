package cn.oneteam.organization;

/** 执法证状态 on a given day. Only {@link #VALID} lets the holder enforce. */
public enum CertificateStatus {
	NOT_YET_VALID, VALID, SUSPENDED, REVOKED, EXPIRED
}
