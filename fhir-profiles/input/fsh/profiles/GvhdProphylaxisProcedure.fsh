Profile: GvhdProphylaxisProcedure
Parent: Procedure
Id: gvhd-prophylaxis-procedure
Title: "GvHD Prophylaxis Procedure"
Description: """
The measures taken with one transplant to prevent graft-versus-host disease, such as ex vivo TCRαβ
depletion of the graft, serotherapy (ATG, alemtuzumab), or post-transplant cyclophosphamide with tacrolimus and
mycophenolate mofetil. Each component is listed in `usedCode`; each drug dose is a Transplant Drug Administration
that is part of this Procedure (serotherapy may be part of the Conditioning Procedure too), and a graft
manipulation is also recorded on the graft's processing.
"""
* insert ProfileMetadata
* insert PatientProcedure
* partOf 1..1 MS
* partOf only Reference(Procedure)
* partOf ^short = "The transplant this prophylaxis belongs to (an HSCT Procedure)"
* category 1..1 MS
* category = $sct#416608005 "Drug therapy (procedure)"
* code 1..1 MS
* code = $sct#868254008 "Graft-versus-host disease prophylaxis"
* performed[x] MS
// R4 Procedure has no `method`. `usedCode` ("coded items used as part of the procedure") is the closest
// core element and mirrors R5 Procedure.used, which covers drugs and biologically derived products alike.
// One coding per component lets a reader see the approach (ex vivo depletion vs PTCy/tacrolimus/MMF)
// without resolving the administrations; an extension would add a URL nobody else understands.
* usedCode MS
* usedCode from GvhdProphylaxisMethodVS (extensible)
* usedCode ^short = "Components: ex vivo TCRαβ depletion, ATG, post-transplant cyclophosphamide, tacrolimus, MMF, …"
