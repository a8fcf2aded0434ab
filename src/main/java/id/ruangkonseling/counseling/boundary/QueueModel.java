package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.DeskQueue;
import id.ruangkonseling.counseling.control.QueueItem;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The desk queue for PrimeFaces' lazy data table: asks for one page at a time, in the order of the
 * column the counselor sorted by, or most urgent first. Filtering is the desk's own form, not the table's.
 */
public class QueueModel extends LazyDataModel<QueueItem> {

    private static final long serialVersionUID = 1L;

    /** Where the pages come from: the desk's boundary call, with the counselor's filter. */
    @FunctionalInterface
    public interface Pages extends Serializable {
        DeskQueue.Page page(DeskQueue.Order order, int first, int size);
    }

    private final Pages pages;
    private final int openingSize;
    /** The first page, read with the rest of the desk: the table shows it without another call. */
    private DeskQueue.Page opening;

    /** {@code opening} holds the first {@code openingSize} items, most urgent first, under the filter set now. */
    QueueModel(Pages pages, DeskQueue.Page opening, int openingSize) {
        this.pages = pages;
        this.opening = opening;
        this.openingSize = openingSize;
    }

    /** The desk was read anew with its first page: the table shows it without another call, if that is the page it shows. */
    void reopened(DeskQueue.Page firstPage) {
        opening = firstPage;
    }

    /** The filter changed: every page, the first too, is asked for again. */
    void refilter() {
        opening = null;
        setRowCount(0);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return opening != null ? opening.total() : pages.page(DeskQueue.Order.URGENT_FIRST, 0, 0).total();
    }

    @Override
    public List<QueueItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        DeskQueue.Order order = order(sortBy);
        boolean isOpening = opening != null && first == 0 && pageSize == openingSize && order == DeskQueue.Order.URGENT_FIRST;
        DeskQueue.Page page = isOpening ? opening : pages.page(order, first, pageSize);
        opening = null; // shown once: a later load (another page, a sort) asks again
        setRowCount(page.total());
        return page.items();
    }

    @Override
    public String getRowKey(QueueItem item) {
        return item.key();
    }

    @Override
    public QueueItem getRowData(String rowKey) {
        List<QueueItem> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(item -> item.key().equals(rowKey)).findFirst().orElse(null);
    }

    private static DeskQueue.Order order(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .map(meta -> switch (meta.getField()) {
                    case "studentName" -> DeskQueue.Order.BY_STUDENT;
                    case "since" -> meta.getOrder() == SortOrder.DESCENDING ? DeskQueue.Order.NEWEST_FIRST : DeskQueue.Order.OLDEST_FIRST;
                    default -> DeskQueue.Order.URGENT_FIRST;
                })
                .orElse(DeskQueue.Order.URGENT_FIRST);
    }
}
