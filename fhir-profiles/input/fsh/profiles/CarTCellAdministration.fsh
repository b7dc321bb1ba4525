Profile: CarTCellAdministration
Parent: ImmunotherapyAdministration
Id: car-t-cell-administration
Title: "CAR-T Cell Administration"
Description: """
The infusion of a CAR-T cell product for B-ALL (tisagenlecleucel, brexucabtagene autoleucel,
obecabtagene autoleucel or an academic product), recorded as an administration of the product, as
registries and mCODE treat licensed CAR-T cells as a drug. The dose is a cell count: viable CAR-positive
T cells per kg (`10*6/kg`, with body weight as normalization basis) or a total (`10*6` or `10*8`, with
fixed dose as basis); when a dose per kg is given, the total cells may be added in the absolute-dose
extension with the body weight in `supportingInformation`, and the server checks total = dose × weight.
A split dose is one administration per infusion. The lymphodepletion before it is a Lymphodepletion
Procedure that is `partOf` this administration; the product's bag or lot, if reported, goes in `note`.
"""
* insert ProfileMetadata
* obeys ball-hsct-32
* medicationCodeableConcept from CarTProductVS (extensible)
* medicationCodeableConcept ^short = "The CAR-T product: ATC (and RxNorm for tisagenlecleucel), or a local code for an academic or trial product"
* effective[x] ^short = "Date and time of the infusion"
* dosage.dose ^short = "Cells infused: 10*6/kg (per kg) or 10*6 / 10*8 (total)"
