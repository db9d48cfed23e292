"""Month names in the languages CIOs write notes in, with their inflected forms and usual abbreviations.

Polish, Czech and Finnish inflect month names (nominative, genitive "14 października", locative "w listopadzie"); the
abbreviations are the forms the languages' own calendars print ("déc.", "févr.", "mrt.", "paź.", "joulu"). A
name that is also a common English word ("out", "set", "mar", "sie") is read only with a year after it, never alone.
"""

from __future__ import annotations

_BY_MONTH: dict[int, str] = {
    1: "january jan januar jänner janvier janv enero ene januari janeiro gennaio gen styczeń stycznia styczniu sty "
       "leden ledna lednu led tammikuu tammikuuta tammikuussa tammik tammi",
    2: "february feb februar février fevrier févr fevr febrero februari fevereiro fev febbraio luty lutego lutym lut "
       "únor února únoru úno helmikuu helmikuuta helmikuussa helmik helmi",
    3: "march mar märz maerz mrz mars marzo maart mrt março marco marts marzec marca marcu březen března březnu bře "
       "maaliskuu maaliskuuta maaliskuussa maalisk maalis",
    4: "april apr avril avr abril abr aprile kwiecień kwietnia kwietniu kwi duben dubna dubnu dub huhtikuu huhtikuuta "
       "huhtikuussa huhtik huhti",
    5: "may mai mayo mei maio maggio mag maj maja maju květen května květnu kvě toukokuu toukokuuta toukokuussa "
       "toukok touko",
    6: "june jun juni juin junio junho giugno giu czerwiec czerwca czerwcu cze červen června červnu čvn kesäkuu "
       "kesäkuuta kesäkuussa kesäk kesä",
    7: "july jul juli juillet juil julio julho luglio lug lipiec lipca lipcu lip červenec července červenci čvc "
       "heinäkuu heinäkuuta heinäkuussa heinäk heinä",
    8: "august aug août aout agosto ago augustus augusti sierpień sierpnia sierpniu sie srpen srpna srpnu srp elokuu "
       "elokuuta elokuussa elok elo",
    9: "september sep sept septembre septiembre setiembre setembro settembre set wrzesień września wrześniu wrz září "
       "zář syyskuu syyskuuta syyskuussa syysk syys",
    10: "october oct okt oktober octobre octubre outubro out ottobre ott październik października październiku paź paz "
        "říjen října říjnu říj lokakuu lokakuuta lokakuussa lokak loka",
    11: "november nov novembre noviembre novembro listopad listopada listopadzie listopadu lis marraskuu "
        "marraskuuta marraskuussa marrask marras",
    12: "december dec dezember dez décembre decembre déc diciembre dic dezembro dicembre desember des grudzień "
        "grudnia grudniu gru prosinec prosince prosinci pro joulukuu joulukuuta joulukuussa jouluk joulu",
}
MONTH_NUMBERS: dict[str, int] = {name: month for month, names in _BY_MONTH.items() for name in names.split()}

# English words, or too short to be sure of: a month only with a year after it ("14 set 2026"), never "3 out".
_NOT_ALONE = {"out", "set", "mar", "sie", "pro", "led", "lip", "lis", "des", "dub", "srp", "gen", "ago", "may", "mag",
              "ene", "elo", "kesä", "march", "mars"}
# Forms a heading may name without a year ("le 12 novembre", "3 déc.", "14 października", "19 Nov").
YEARLESS_NAMES = sorted((n for n in MONTH_NUMBERS if n not in _NOT_ALONE), key=len, reverse=True)
