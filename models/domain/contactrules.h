#pragma once

#include <QCoreApplication>
#include <QString>

// Phone numbers and e-mail addresses, as suppliers and customers have them. Each returns the
// message to show next to the field, or an empty string.
class ContactRules
{
    Q_DECLARE_TR_FUNCTIONS(ContactRules)
public:
    static constexpr int maxPhoneLength = 40;
    static constexpr int maxEmailLength = 200;

    // Digits with the usual punctuation: "+86 138 0013 8001", "0571-8765 4321", "(020) 8888-6666 ext. 12".
    static QString phoneProblem(const QString& phone);
    static QString emailProblem(const QString& email);
    // What a code of a supplier or customer may hold: letters, digits, '-', '_', '.', '/'.
    static QString codeProblem(const QString& code, int maxLength, bool required);
};
