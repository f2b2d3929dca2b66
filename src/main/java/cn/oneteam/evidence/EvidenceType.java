package cn.oneteam.evidence;

import java.util.EnumSet;
import java.util.Set;

import cn.oneteam.evidence.MediaFormat.Family;

/**
 * 证据种类, the eight kinds of 处罚法 §46 (docs/legal/records.md#evidence-kinds), with the kinds of file each may be kept as: a record
 * or a statement on paper is scanned or photographed, an audio-visual item is a recording, electronic data is any
 * file. Evidence must be verified before it founds a finding (§46 ¶2).
 */
public enum EvidenceType {

	/** 书证. */
	DOCUMENTARY(Family.DOCUMENT, Family.IMAGE),
	/** 物证: kept as photographs or video of the thing. */
	PHYSICAL(Family.IMAGE, Family.VIDEO, Family.DOCUMENT),
	/** 视听资料. */
	AUDIO_VISUAL(Family.IMAGE, Family.AUDIO, Family.VIDEO),
	/** 电子数据. */
	ELECTRONIC_DATA(Family.values()),
	/** 证人证言. */
	WITNESS_TESTIMONY(Family.DOCUMENT, Family.IMAGE, Family.AUDIO, Family.VIDEO),
	/** 当事人的陈述. */
	PARTY_STATEMENT(Family.DOCUMENT, Family.IMAGE, Family.AUDIO, Family.VIDEO),
	/** 鉴定意见. */
	EXPERT_OPINION(Family.DOCUMENT, Family.IMAGE),
	/** 勘验笔录、现场笔录. */
	INSPECTION_RECORD(Family.DOCUMENT, Family.IMAGE, Family.VIDEO);

	private final Set<Family> accepts;

	EvidenceType(Family... accepts) {
		this.accepts = Set.copyOf(EnumSet.of(accepts[0], accepts));
	}

	/** Whether a file of the family may be kept as evidence of this type. */
	public boolean accepts(Family family) {
		return accepts.contains(family);
	}
}
