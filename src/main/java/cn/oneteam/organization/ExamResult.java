package cn.oneteam.organization;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 考试成绩: an exam a person sat, with the score and whether it was passed. */
public record ExamResult(String exam, LocalDate takenOn, BigDecimal score, boolean passed) {
}
