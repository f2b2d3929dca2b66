/**
 * 综合行政执法改革情况报告 — the reform report of a division and year, every figure computed from the records of the
 * modules that hold them, with its definition, as JSON, Excel and PDF (docs/adr/0051-reform-report.md).
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.analytics.report;
