package cn.oneteam.inspection;

import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.PersonalData;
import cn.oneteam.subject.SubjectParties;
import cn.oneteam.subject.SubjectView;

/**
 * A subject's code in the inspections, in one place: whole where a draw, a visit or a targeted request keys on it, shown
 * (a natural person's identity number masked, docs/adr/0010-personal-data-masking.md) wherever it is published, listed
 * or answered (docs/adr/0026-the-draw.md, docs/adr/0027-visits-and-codes.md).
 */
public final class SubjectCodes {

	private SubjectCodes() {
	}

	/**
	 * A code as the public sees it: a natural person's identity number masked, a 统一社会信用代码 as it is. What is a valid
	 * identity number (GB 11643, its check character and date of birth) is masked; a credit code that happened to be one
	 * as well would be masked too — too much hidden, never too little.
	 */
	public static String shown(String code) {
		return IdNumber.isValid(code) ? PersonalData.maskText(code) : code;
	}

	/** The whole code: the register's view masks a natural person's number, the party register holds it whole. */
	public static String whole(SubjectView subject, SubjectParties parties) {
		return subject.kind().identifiedByIdNumber() ? parties.find(subject.id()).orElseThrow().code() : subject.code();
	}
}
