Invariant: ball-hsct-4
Description: "An infusion given at a rate is recorded over a period (effectivePeriod), not at an instant."
Expression: "dosage.rate.exists() implies effective.ofType(Period).exists()"
Severity: #error
