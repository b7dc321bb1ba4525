package org.hsctdata.fhir.validation;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hsctdata.fhir.rest.IssueCode;

/** The validation issues our own rules add beside HAPI's validator: one way to make one. */
final class ValidationIssue {

	private ValidationIssue() {}

	/** An issue with our code, of the code's severity, at this FHIRPath location (or {@code (file)}). */
	static SingleValidationMessage of(IssueCode code, String location, String detail) {
		return of(ResultSeverityEnum.fromCode(code.severity().toCode()), location, code.message(detail));
	}

	/** The same, with the id of the rule that raised it. */
	static SingleValidationMessage of(IssueCode code, String location, String detail, String messageId) {
		SingleValidationMessage issue = of(code, location, detail);
		issue.setMessageId(messageId);
		return issue;
	}

	/** An issue of this severity at this FHIRPath location (or {@code (file)}), with its message. */
	static SingleValidationMessage of(ResultSeverityEnum severity, String location, String message) {
		SingleValidationMessage issue = new SingleValidationMessage();
		issue.setSeverity(severity);
		issue.setLocationString(location);
		issue.setMessage(message);
		return issue;
	}
}
