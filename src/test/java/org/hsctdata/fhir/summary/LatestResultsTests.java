package org.hsctdata.fhir.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;

/** Tests for {@link LatestResults}: the summary's results, the latest of each code. */
class LatestResultsTests {

	static final String LOCAL = "https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs";

	static Observation result(String id, String effective, String... codes) {
		Observation observation = new Observation();
		observation.setId(id);
		for (String code : codes) {
			observation.getCode().addCoding().setSystem(LOCAL).setCode(code);
		}
		if (effective != null) {
			observation.setEffective(new DateTimeType(effective));
		}
		return observation;
	}

	static List<String> ids(List<Observation> observations) {
		return observations.stream().map(o -> o.getIdElement().getIdPart()).toList();
	}

	@Test
	void keepsTheLatestOfEachCodeInTheOrderTheCodesFirstAppear() {
		List<Observation> chosen = LatestResults.latestPerCode(List.of(
				result("mrd-1", "2018-12", "mrd", "mrd-flow"),
				result("chimerism-1", "2018-12-22", "donor-chimerism"),
				result("mrd-3", "2019-09-28", "mrd", "mrd-flow"),
				result("mrd-2", "2019-05", "mrd", "mrd-flow")));

		assertThat(ids(chosen)).containsExactly("mrd-3", "chimerism-1");
	}

	@Test
	void takesTheFirstCodingAsTheCodeSoMethodSpecificCodingsAreOneResult() {
		List<Observation> chosen = LatestResults.latestPerCode(List.of(
				result("flow", "2019-01-01", "mrd", "mrd-flow"), result("pcr", "2019-02-01", "mrd", "mrd-pcr")));

		assertThat(ids(chosen)).containsExactly("pcr");
	}

	@Test
	void comparesAPartialDateByItsFirstInstant() {
		List<Observation> chosen = LatestResults.latestPerCode(
				List.of(result("day", "2019-05-15", "mrd"), result("month", "2019-05", "mrd")));

		assertThat(ids(chosen)).containsExactly("day");
	}

	@Test
	void judgesAPeriodByItsEnd() {
		Observation period = result("period", null, "mrd");
		period.setEffective(new Period()
				.setStartElement(new DateTimeType("2019-01-01"))
				.setEndElement(new DateTimeType("2019-06-30")));

		assertThat(ids(LatestResults.latestPerCode(List.of(period, result("march", "2019-03-01", "mrd")))))
				.containsExactly("period");
	}

	@Test
	void putsAnUndatedResultBeforeEveryDatedOne() {
		assertThat(ids(LatestResults.latestPerCode(
						List.of(result("dated", "2015", "mrd"), result("undated", null, "mrd")))))
				.containsExactly("dated");
	}

	@Test
	void keepsTheOneListedLaterOfTwoAtTheSameTime() {
		assertThat(ids(LatestResults.latestPerCode(
						List.of(result("a", "2019-05", "mrd"), result("b", "2019-05", "mrd")))))
				.containsExactly("b");
	}
}
