#include "inputpreparer.h"

#include "imaging/imagepreparer.h"

InputPreparer::InputPreparer(QObject *parent)
    : QObject(parent)
{
}

InputPreparer::~InputPreparer() = default;

PreparedInput InputPreparer::prepareFile(const QString &path, int maxSide, Wrapping wrapping)
{
    ImagePreparer::Options options;
    options.maxSide = maxSide;
    const ImagePreparer::Prepared image = ImagePreparer::prepareFile(path, options);
    PreparedInput input;
    input.error = image.error;
    if (!image.ok())
        return input;
    input.bytes = image.bytes;
    input.mimeType = image.mimeType;
    input.size = image.size;
    switch (wrapping) {
    case Wrapping::None:
        break;
    case Wrapping::DataUri:
        input.encoded = ImagePreparer::toDataUri(image.bytes, image.mimeType);
        break;
    case Wrapping::RawBase64:
        input.encoded = ImagePreparer::toRawBase64(image.bytes);
        break;
    }
    return input;
}

void InputPreparer::prepare(const QString &path, int maxSide, Wrapping wrapping)
{
    m_task.run(
        this, [path, maxSide, wrapping]() { return prepareFile(path, maxSide, wrapping); },
        [this](const PreparedInput &input) { Q_EMIT prepared(input); });
}

void InputPreparer::stop()
{
    m_task.stop();
}
