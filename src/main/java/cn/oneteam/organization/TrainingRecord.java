package cn.oneteam.organization;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 培训记录: a course a person took, with its hours. */
public record TrainingRecord(String course, BigDecimal hours, LocalDate takenOn) {
}
