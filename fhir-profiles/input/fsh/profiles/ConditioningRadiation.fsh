Profile: ConditioningRadiation
Parent: Procedure
Id: conditioning-radiation
Title: "Conditioning Radiation Procedure"
Description: """
One irradiation given as part of transplant conditioning (total body, total lymphoid, total marrow or
thoracoabdominal), with its total dose and number of fractions, as a Procedure that is part of the Conditioning
Procedure. Category as mCODE / CodeX radiotherapy (SNOMED CT 108290001); the dose follows mCODE's
dose-delivered-to-volume pattern.
"""
* insert ProfileMetadata
* insert PatientProcedure
* extension contains RadiationDoseDelivered named doseDelivered 1..1 MS
* extension[doseDelivered] ^short = "Total dose (Gy or cGy) and number of fractions"
* partOf 1..1 MS
* partOf only Reference(Procedure)
* partOf ^short = "The conditioning this irradiation belongs to (a Conditioning Procedure)"
* category 1..1 MS
* category = $sct#108290001 "Radiation oncology AND/OR radiotherapy (procedure)"
* code 1..1 MS
* code from ConditioningRadiationVS (extensible)
* code ^short = "TBI | TLI | TMI | TAI"
* performed[x] MS
* performed[x] ^short = "Day or days of irradiation"
* bodySite MS
