#pragma once

#include <QStyledItemDelegate>

namespace kense {

/// Edits a value of the request card's data table: a line of text, or — for a choice of the catalog — a drop-down
/// of its options. A choice keeps its option id in kOptionIdRole and shows the option's label.
class FieldValueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kOptionsRole = Qt::UserRole + 2;  ///< QVariantList of [id, label] pairs
    static constexpr int kOptionIdRole = Qt::UserRole + 3; ///< the chosen option's id

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace kense
