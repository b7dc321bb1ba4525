Profile: CohortGroup
Parent: Group
Id: cohort-group
Title: "Transplant Cohort"
Description: """
A cohort of patients that a registry or a research pipeline exports with `Group/[id]/$export`: every HSCT
recipient, every patient with a CAR-T infusion, the recipients of one centre's cord-blood grafts. A cohort is
either listed (`actual` = true, one `member` per patient, kept up to date by its author) or defined by a
search (`actual` = false, the CohortDefinition extension holding a FHIR query of Patients, language
`application/x-fhir-query`), which the server runs when an export starts, so the export holds the patients
that match then. For example, every HSCT recipient:
`Patient?_has:Procedure:subject:code=http://snomed.info/sct|234336002`; every patient with a CAR-T infusion:
`Patient?_has:MedicationAdministration:subject:_profile=https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/car-t-cell-administration`.
`Group.characteristic` is not used: the server could not evaluate it.
"""
* insert ProfileMetadata
* obeys ball-hsct-50 and ball-hsct-51
* extension contains CohortDefinition named definition 0..1 MS
* extension[definition] ^short = "The search that defines the cohort: a FHIR query of Patients (application/x-fhir-query)"
* type = #person
* type MS
* actual MS
* actual ^short = "true: the members are listed; false: the cohort is defined by its search"
* name 1..1 MS
* name ^short = "The cohort's name (e.g. HSCT recipients 2015–2025)"
* characteristic 0..0
* member MS
* member.entity only Reference(Patient)
* member.entity ^short = "A patient of the cohort"
