package org.hsctdata.fhir.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;

/**
 * Chooses the results a summary shows: of the Observations of one code, the latest only. The code is the first coding
 * ({@code system|code}), so an MRD coded {@code mrd} then {@code mrd-flow} and one coded {@code mrd} then
 * {@code mrd-pcr} are one result. Latest means the latest effective time (a period by its end, else its start; a
 * partial date by its first instant); an Observation without one comes before every dated one, and of two with the
 * same time the one listed later wins. The order of the first appearance of each code is kept.
 */
final class LatestResults {

	private LatestResults() {}

	static List<Observation> latestPerCode(List<Observation> observations) {
		Map<String, Observation> latest = new LinkedHashMap<>();
		Comparator<Observation> byTime = Comparator.comparing(
				(Observation observation) -> effective(observation).orElse(null),
				Comparator.nullsFirst(Comparator.naturalOrder()));
		for (Observation observation : observations) {
			latest.merge(
					codeKey(observation), observation, (kept, next) -> byTime.compare(next, kept) >= 0 ? next : kept);
		}
		return new ArrayList<>(latest.values());
	}

	/** The first coding as {@code system|code}, or the text when there is no coding. */
	static String codeKey(Observation observation) {
		if (observation.getCode().hasCoding()) {
			Coding first = observation.getCode().getCodingFirstRep();
			return first.getSystem() + "|" + first.getCode();
		}
		return "text:" + observation.getCode().getText();
	}

	static Optional<Date> effective(Observation observation) {
		if (observation.hasEffectiveDateTimeType()) {
			return Optional.ofNullable(observation.getEffectiveDateTimeType().getValue());
		}
		if (observation.hasEffectivePeriod()) {
			Period period = observation.getEffectivePeriod();
			return Optional.ofNullable(period.hasEnd() ? period.getEnd() : period.getStart());
		}
		if (observation.hasEffectiveInstantType()) {
			return Optional.ofNullable(observation.getEffectiveInstantType().getValue());
		}
		if (observation.hasIssued()) {
			return Optional.of(new DateTimeType(observation.getIssued()).getValue());
		}
		return Optional.empty();
	}
}
