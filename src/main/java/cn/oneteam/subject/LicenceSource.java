package cn.oneteam.subject;

/** How a licence came into the register: typed in, imported from a file, or pushed by the approval department. */
public enum LicenceSource {
	MANUAL, IMPORT, PUSH
}
