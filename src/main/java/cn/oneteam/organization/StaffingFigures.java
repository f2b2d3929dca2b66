package cn.oneteam.organization;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * 编制与队伍指标: the counts the reform reports, and the rates computed from them (never stored). The force
 * (执法力量) is the establishment staff in post; auxiliaries are set against it as the reform reports do, and
 * also shown as a share of everyone.
 */
public record StaffingFigures(int authorised, int filled, int certifiedOfficers, int auxiliaries, int gridWorkers,
		int stationed, int legalReviewers, int stationedGroups, int teamsBefore, int teamsAfter) {

	static final StaffingFigures NONE = new StaffingFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	/** 空编: authorised posts not filled (negative when over the establishment). */
	public int vacant() {
		return authorised - filled;
	}

	/** 空编率 = vacant / authorised. */
	public @Nullable BigDecimal vacancyRate() {
		return percent(vacant(), authorised);
	}

	/** 持证率 = certified officers / establishment staff in post. */
	public @Nullable BigDecimal certifiedShare() {
		return percent(certifiedOfficers, filled);
	}

	/** 辅助人员比 = auxiliaries / establishment staff in post. */
	public @Nullable BigDecimal auxiliaryRatio() {
		return percent(auxiliaries, filled);
	}

	/** 辅助人员占全部人员 = auxiliaries / (establishment staff + auxiliaries). */
	public @Nullable BigDecimal auxiliaryShareOfAll() {
		return percent(auxiliaries, filled + auxiliaries);
	}

	/** 下沉比例 = establishment staff in stationed groups / establishment staff (target ≥ 60 %). */
	public @Nullable BigDecimal stationedShare() {
		return percent(stationed, filled);
	}

	/** 法制审核人员占比 = certified legal reviewers / certified officers (≥ 5 % in principle, 118号). */
	public @Nullable BigDecimal legalReviewerShare() {
		return percent(legalReviewers, certifiedOfficers);
	}

	/** 精简比例 = (teams before − after) / teams before; 8 teams merged into 1 = 87.5 %. */
	public @Nullable BigDecimal consolidationRatio() {
		return percent(teamsBefore - teamsAfter, teamsBefore);
	}

	StaffingFigures plus(StaffingFigures o) {
		return new StaffingFigures(authorised + o.authorised, filled + o.filled, certifiedOfficers + o.certifiedOfficers,
				auxiliaries + o.auxiliaries, gridWorkers + o.gridWorkers, stationed + o.stationed,
				legalReviewers + o.legalReviewers, stationedGroups + o.stationedGroups, teamsBefore + o.teamsBefore,
				teamsAfter + o.teamsAfter);
	}

	/** A percentage with one decimal, half up; none when the base is zero. */
	static @Nullable BigDecimal percent(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
				RoundingMode.HALF_UP);
	}
}
