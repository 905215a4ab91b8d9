// The sticky comment's marker and key.
import { describe, expect, it } from 'vitest'
import {
  commentMarker,
  defaultCommentKey,
  sanitizeCommentKey
} from '../../src/report/comment-key.js'

describe('comment key and marker', () => {
  it('sanitizes keys so the marker stays one HTML comment', () => {
    expect(sanitizeCommentKey('Build (linux/amd64) --> <b>')).toBe(
      'build-linux-amd64-b'
    )
    expect(sanitizeCommentKey('---')).toBe('default')
    expect(commentMarker('matrix--arm64')).toBe(
      '<!-- image-size-budget:matrix-arm64 -->'
    )
    expect(
      defaultCommentKey('Image size', '.github/image-size-budget.yml')
    ).toBe('image-size-.github-image-size-budget.yml')
    expect(sanitizeCommentKey('x'.repeat(300))).toHaveLength(100)
  })
})
