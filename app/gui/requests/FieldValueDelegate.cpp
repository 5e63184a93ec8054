#include "gui/requests/FieldValueDelegate.h"

#include <QComboBox>

namespace kense {

QWidget* FieldValueDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    const QVariantList options = index.data(kOptionsRole).toList();
    if (options.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    for (const QVariant& o : options)
        combo->addItem(o.toList().value(1).toString(), o.toList().value(0));
    return combo;
}

void FieldValueDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(kOptionIdRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FieldValueDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentText(), Qt::DisplayRole);
        model->setData(index, combo->currentData(), kOptionIdRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace kense
