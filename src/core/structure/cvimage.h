#pragma once

#include <QImage>

#include <opencv2/core.hpp>

// QImage <-> cv::Mat for the structure code. Only .cpp files of this folder include it, so
// OpenCV stays a private dependency of the core.
namespace CvImage {

// 8-bit grey (CV_8UC1), a deep copy; transparent pixels are laid over white first.
cv::Mat toGray(const QImage &image);
// Format_Grayscale8, a deep copy of a CV_8UC1 matrix.
QImage fromGray(const cv::Mat &gray);

} // namespace CvImage
