package id.ruangkonseling.needs.control;

import id.ruangkonseling.needs.control.RoundProfile.Summary;
import id.ruangkonseling.needs.entity.NeedsItem;
import id.ruangkonseling.platform.control.PdfLines;
import id.ruangkonseling.platform.control.Texts;
import id.ruangkonseling.school.entity.ServiceField;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A course's needs profile as a PDF for the annual programme: how many answered, each field's share, each item's, ranked. */
public final class ProfilePdf {

    private ProfilePdf() {
    }

    public static byte[] of(Summary summary, ResourceBundle texts) {
        NeedsProfile profile = summary.profile();
        try (PdfLines pdf = new PdfLines()) {
            pdf.line(texts.getString("needs.counselor.title"), PdfLines.TITLE).line(summary.courseTitle(), PdfLines.HEADING)
                    .line(Texts.format(texts.getString("needs.answeredOf"), texts.getLocale(), profile.answered(), summary.students()),
                            PdfLines.TEXT)
                    .gap(PdfLines.TEXT).line(texts.getString("needs.counselor.fieldsCaption"), PdfLines.HEADING);
            for (ServiceField field : profile.fieldsRanked()) {
                pdf.line(texts.getString("needs.field." + field.name()) + ": " + NeedsProfile.percent(profile.fields().get(field)) + " %",
                        PdfLines.TEXT);
            }
            pdf.gap(PdfLines.TEXT).line(texts.getString("needs.counselor.itemsCaption"), PdfLines.HEADING);
            Map<Long, NeedsItem> items = summary.items().stream().collect(Collectors.toMap(NeedsItem::id, Function.identity()));
            int rank = 0;
            for (NeedsProfile.ItemShare share : profile.items()) {
                pdf.line(++rank + ". " + items.get(share.itemId()).text(texts.getLocale()) + " (" + texts.getString("needs.field."
                        + share.field().name()) + "): " + share.yes() + " · " + NeedsProfile.percent(share.share()) + " %", PdfLines.TEXT);
            }
            return pdf.bytes();
        }
    }
}
